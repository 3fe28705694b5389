package uk.councilprotocol.platform.audit;

import com.google.protobuf.Descriptors.FieldDescriptor;
import com.google.protobuf.MessageOrBuilder;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What a gRPC request acts on, for its audit entry's target: the identifiers it names ({@code plan_id=…},
 * {@code reference=MEM-26-0042}, {@code course_code=…}), never its free text, which may be a confidential enquiry's.
 */
public final class AuditTargets {
    static final int MAX_LENGTH = 500;

    private AuditTargets() {
    }

    public static String of(Object request) {
        if (!(request instanceof MessageOrBuilder message)) {
            return "";
        }
        List<String> named = new ArrayList<>();
        for (Map.Entry<FieldDescriptor, Object> field : message.getAllFields().entrySet()) {
            FieldDescriptor descriptor = field.getKey();
            if (descriptor.getJavaType() == FieldDescriptor.JavaType.STRING && !descriptor.isRepeated() && identifies(descriptor.getName())) {
                named.add(descriptor.getName() + "=" + field.getValue());
            }
        }
        String target = String.join(" ", named);
        return target.length() > MAX_LENGTH ? target.substring(0, MAX_LENGTH) : target;
    }

    private static boolean identifies(String name) {
        return name.equals("id") || name.endsWith("_id") || name.equals("reference") || name.endsWith("_code");
    }
}
