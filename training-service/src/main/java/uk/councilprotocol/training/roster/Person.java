package uk.councilprotocol.training.roster;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.TypeDef;
import io.micronaut.data.model.DataType;

import uk.councilprotocol.platform.grpc.Protos;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import io.micronaut.serde.annotation.Serdeable;

/** Someone on the roster. {@code id} is HR's stable id, used as the key in every event. */
@Serdeable
@MappedEntity("person")
public record Person(@Id String id,
                     String fullName,
                     String email,
                     PersonKind kind,
                     @TypeDef(type = DataType.STRING_ARRAY) String[] roles,
                     @Nullable String department,
                     @Nullable String politicalGroup,
                     @Nullable String ward,
                     @Nullable String jobTitle,
                     @Nullable String lineManagerId,
                     LocalDate startDate,
                     boolean active,
                     Instant createdAt,
                     Instant updatedAt) {

    /** The roster role of a political group's leader: decides its councillors' requests, sees their training. */
    public static final String GROUP_LEADER = "group-leader";

    public List<String> roleList() {
        return List.of(roles);
    }

    public boolean hasRole(String role) {
        return Arrays.asList(roles).contains(role);
    }

    /** Whether anything HR maintains differs (timestamps aside). */
    public boolean sameDetailsAs(Person other) {
        return fullName.equals(other.fullName) && email.equalsIgnoreCase(other.email) && kind == other.kind
                && Arrays.equals(roles, other.roles) && Objects.equals(department, other.department)
                && Objects.equals(politicalGroup, other.politicalGroup) && Objects.equals(ward, other.ward)
                && Objects.equals(jobTitle, other.jobTitle)
                && Objects.equals(lineManagerId, other.lineManagerId)
                && startDate.equals(other.startDate) && active == other.active;
    }

    public uk.councilprotocol.contracts.training.v1.Person toProto() {
        return uk.councilprotocol.contracts.training.v1.Person.newBuilder()
                .setId(id)
                .setFullName(fullName)
                .setEmail(email)
                .setKind(kind.toProto())
                .addAllRoles(roleList())
                .setDepartment(Protos.orEmpty(department))
                .setPoliticalGroup(Protos.orEmpty(politicalGroup))
                .setWard(Protos.orEmpty(ward))
                .setJobTitle(Protos.orEmpty(jobTitle))
                .setLineManagerId(Protos.orEmpty(lineManagerId))
                .setStartDate(startDate.toString())
                .setActive(active)
                .build();
    }
}
