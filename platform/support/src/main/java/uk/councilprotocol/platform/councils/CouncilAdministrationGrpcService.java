package uk.councilprotocol.platform.councils;

import com.google.protobuf.ByteString;
import io.grpc.stub.StreamObserver;
import jakarta.inject.Singleton;
import uk.councilprotocol.contracts.platform.v1.CouncilAdministrationGrpc;
import uk.councilprotocol.contracts.platform.v1.CouncilSummary;
import uk.councilprotocol.contracts.platform.v1.EraseCouncilRequest;
import uk.councilprotocol.contracts.platform.v1.EraseCouncilResponse;
import uk.councilprotocol.contracts.platform.v1.ExportCouncilDataChunk;
import uk.councilprotocol.contracts.platform.v1.ExportCouncilDataRequest;
import uk.councilprotocol.contracts.platform.v1.ListCouncilsRequest;
import uk.councilprotocol.contracts.platform.v1.ListCouncilsResponse;
import uk.councilprotocol.contracts.platform.v1.OnboardCouncilRequest;
import uk.councilprotocol.contracts.platform.v1.TableErased;
import uk.councilprotocol.platform.grpc.Protos;
import uk.councilprotocol.platform.security.GrpcAuthentication;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The same as {@code /councils} and {@code /council-data}, over gRPC: the web console calls every service's. */
@Singleton
public class CouncilAdministrationGrpcService extends CouncilAdministrationGrpc.CouncilAdministrationImplBase {
    private static final int CHUNK = 64 * 1024;

    private final CouncilAdministration administration;

    public CouncilAdministrationGrpcService(CouncilAdministration administration) {
        this.administration = administration;
    }

    @Override
    public void listCouncils(ListCouncilsRequest request, StreamObserver<ListCouncilsResponse> response) {
        ListCouncilsResponse.Builder reply = ListCouncilsResponse.newBuilder();
        administration.list(GrpcAuthentication.caller()).forEach(standing -> reply.addCouncils(summary(standing)));
        response.onNext(reply.build());
        response.onCompleted();
    }

    @Override
    public void onboardCouncil(OnboardCouncilRequest request, StreamObserver<CouncilSummary> response) {
        response.onNext(summary(administration.onboard(GrpcAuthentication.caller(), request.getCouncil())));
        response.onCompleted();
    }

    private static CouncilSummary summary(CouncilStanding standing) {
        CouncilSummary.Builder summary = CouncilSummary.newBuilder().setCouncil(standing.council())
                .setState(standing.state()).setRows(standing.rows()).setClosedBy(Protos.orEmpty(standing.closedBy()));
        if (standing.closedAt() != null) {
            summary.setClosedAt(Protos.timestamp(standing.closedAt()));
        }
        return summary.build();
    }

    @Override
    public void eraseCouncil(EraseCouncilRequest request, StreamObserver<EraseCouncilResponse> response) {
        Erasure erasure = administration.erase(GrpcAuthentication.caller(), request.getCouncil());
        EraseCouncilResponse.Builder reply = EraseCouncilResponse.newBuilder().setCouncil(erasure.council())
                .setClosedAt(Protos.timestamp(erasure.closedAt()));
        erasure.tables().forEach(t -> reply.addTables(TableErased.newBuilder().setTable(t.table()).setRows(t.rows())));
        response.onNext(reply.build());
        response.onCompleted();
    }

    @Override
    public void exportCouncilData(ExportCouncilDataRequest request, StreamObserver<ExportCouncilDataChunk> response) {
        try (InputStream zip = administration.export(GrpcAuthentication.caller())) {
            byte[] buffer = new byte[CHUNK];
            for (int n = zip.readNBytes(buffer, 0, CHUNK); n > 0; n = zip.readNBytes(buffer, 0, CHUNK)) {
                response.onNext(ExportCouncilDataChunk.newBuilder().setData(ByteString.copyFrom(buffer, 0, n)).build());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        response.onCompleted();
    }
}
