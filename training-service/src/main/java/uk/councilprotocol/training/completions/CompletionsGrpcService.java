package uk.councilprotocol.training.completions;

import com.google.protobuf.ByteString;
import uk.councilprotocol.contracts.training.v1.ExportCompletionsRequest;
import uk.councilprotocol.contracts.training.v1.FileChunk;
import uk.councilprotocol.contracts.training.v1.GetTranscriptRequest;
import uk.councilprotocol.platform.security.Caller;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import io.grpc.stub.StreamObserver;
import jakarta.inject.Singleton;
import uk.councilprotocol.platform.security.GrpcAuthentication;
import uk.councilprotocol.contracts.training.v1.CompletionsGrpc;
import uk.councilprotocol.contracts.training.v1.CorrectCompletionRequest;
import uk.councilprotocol.contracts.training.v1.ListCompletionCorrectionsRequest;
import uk.councilprotocol.contracts.training.v1.ListCompletionCorrectionsResponse;
import uk.councilprotocol.contracts.training.v1.ListPersonCompletionsRequest;
import uk.councilprotocol.contracts.training.v1.ListPersonCompletionsResponse;
import uk.councilprotocol.contracts.training.v1.WithdrawCompletionRequest;
import uk.councilprotocol.contracts.training.v1.RecordCompletionRequest;
import uk.councilprotocol.contracts.training.v1.RecordCompletionResponse;
import uk.councilprotocol.contracts.training.v1.RecordCompletionsReport;
import uk.councilprotocol.contracts.training.v1.RowProblem;
import uk.councilprotocol.platform.errors.InvalidInputException;
import uk.councilprotocol.platform.security.Caller;
import uk.councilprotocol.training.assignments.Assignment;

import java.util.ArrayList;
import java.util.List;

/** How a department's own systems report training done. */
@Singleton
public class CompletionsGrpcService extends CompletionsGrpc.CompletionsImplBase {
    private final CompletionService service;
    private final BulkCompletions bulk;
    private final CompletionCorrections corrections;
    private final CompletionsExport export;
    private final Transcripts transcripts;

    public CompletionsGrpcService(CompletionService service, BulkCompletions bulk, CompletionCorrections corrections,
                                  CompletionsExport export,
                                  Transcripts transcripts) {
        this.transcripts = transcripts;
        this.export = export;
        this.service = service;
        this.bulk = bulk;
        this.corrections = corrections;
    }

    /** The file is written to a temporary file first (read from one database snapshot), then sent 64 KiB at a time. */
    @Override
    public void exportCompletions(ExportCompletionsRequest request, StreamObserver<FileChunk> response) {
        Caller caller = GrpcAuthentication.caller();
        CompletionsExport.Format format = CompletionsExport.format(request.getFormat());
        CompletionsExport.Filter filter = CompletionsExport.Filter.of(request.getFrom(), request.getTo(), request.getCourseCode(),
                request.getDepartment(), request.getIncludeWithdrawn());
        export.requireAccess(caller);
        Path file = null;
        try {
            file = Files.createTempFile("completions-", "." + format.name().toLowerCase(java.util.Locale.ROOT));
            try (OutputStream out = Files.newOutputStream(file)) {
                export.write(filter, format, caller, out);
            }
            try (InputStream in = Files.newInputStream(file)) {
                // the first chunk names the file; a short chunk is the last
                FileChunk.Builder chunk = FileChunk.newBuilder().setFileName(format.fileName()).setContentType(format.contentType());
                byte[] data;
                do {
                    data = in.readNBytes(CHUNK);
                    response.onNext(chunk.setData(ByteString.copyFrom(data)).build());
                    chunk = FileChunk.newBuilder();
                } while (data.length == CHUNK);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (file != null) {
                file.toFile().delete();
            }
        }
        response.onCompleted();
    }

    private static final int CHUNK = 64 * 1024;

    @Override
    public void correctCompletion(CorrectCompletionRequest request,
                                  StreamObserver<uk.councilprotocol.contracts.training.v1.Completion> response) {
        response.onNext(corrections.correct(request.getCompletionId(), new CorrectionRequest(request.getCompletedOn(),
                request.getProvider(), request.getEvidenceReference(), request.getReason()), GrpcAuthentication.caller()).toProto());
        response.onCompleted();
    }

    @Override
    public void withdrawCompletion(WithdrawCompletionRequest request,
                                   StreamObserver<uk.councilprotocol.contracts.training.v1.Completion> response) {
        response.onNext(corrections.withdraw(request.getCompletionId(), new WithdrawalRequest(request.getReason()),
                GrpcAuthentication.caller()).toProto());
        response.onCompleted();
    }

    @Override
    public void listPersonCompletions(ListPersonCompletionsRequest request, StreamObserver<ListPersonCompletionsResponse> response) {
        response.onNext(ListPersonCompletionsResponse.newBuilder().addAllCompletions(service.ofPerson(request.getPersonId(),
                GrpcAuthentication.caller()).stream().map(Completion::toProto).toList()).build());
        response.onCompleted();
    }

    @Override
    public void getTranscript(GetTranscriptRequest request, StreamObserver<FileChunk> response) {
        Transcripts.Transcript transcript = transcripts.of(request.getPersonId(), GrpcAuthentication.caller());
        response.onNext(FileChunk.newBuilder().setData(ByteString.copyFrom(transcript.pdf())).setFileName(transcript.fileName())
                .setContentType("application/pdf").build());
        response.onCompleted();
    }

    @Override
    public void listCompletionCorrections(ListCompletionCorrectionsRequest request,
                                          StreamObserver<ListCompletionCorrectionsResponse> response) {
        response.onNext(ListCompletionCorrectionsResponse.newBuilder().addAllCorrections(corrections.ofPerson(request.getPersonId(),
                GrpcAuthentication.caller()).stream().map(CompletionCorrection::toProto).toList()).build());
        response.onCompleted();
    }

    @Override
    public void recordCompletion(RecordCompletionRequest request, StreamObserver<RecordCompletionResponse> response) {
        CompletionService.Recorded recorded = service.record(toRequest(request), GrpcAuthentication.caller());
        RecordCompletionResponse.Builder reply = RecordCompletionResponse.newBuilder()
                .setCompletion(recorded.completion().toProto())
                .setFulfilledAssignmentId(recorded.fulfilledAssignment().map(Object::toString).orElse(""));
        recorded.next().map(Assignment::toProto).ifPresent(reply::setNextAssignment);
        response.onNext(reply.build());
        response.onCompleted();
    }

    /**
     * The rows are gathered as they arrive (up to {@link BulkCompletions#MAX_ROWS}; beyond that they are counted, not
     * kept, and the call is refused) and recorded once the client has sent them all.
     */
    @Override
    public StreamObserver<RecordCompletionRequest> recordCompletions(StreamObserver<RecordCompletionsReport> response) {
        Caller caller = GrpcAuthentication.caller();
        return new StreamObserver<>() {
            private final List<CompletionRequest> rows = new ArrayList<>();
            private int sent;

            @Override
            public void onNext(RecordCompletionRequest row) {
                if (++sent <= BulkCompletions.MAX_ROWS) {
                    rows.add(toRequest(row));
                }
            }

            @Override
            public void onError(Throwable cancelled) {
                rows.clear();   // the client gave up: nothing is recorded
            }

            @Override
            public void onCompleted() {
                if (sent > BulkCompletions.MAX_ROWS) {
                    throw InvalidInputException.of("rows", sent + " rows in one call; send at most " + BulkCompletions.MAX_ROWS + " a call");
                }
                BulkCompletions.Report report = bulk.record(rows, 1, caller);
                response.onNext(RecordCompletionsReport.newBuilder().setRows(report.rows()).setRecorded(report.recorded())
                        .setAlreadyRecorded(report.alreadyRecorded())
                        .addAllProblems(report.problems().stream().map(p -> RowProblem.newBuilder().setRow(p.row())
                                .setField(p.field()).setDescription(p.message()).build()).toList())
                        .build());
                response.onCompleted();
            }
        };
    }

    private static CompletionRequest toRequest(RecordCompletionRequest request) {
        return new CompletionRequest(request.getPersonId(), request.getCourseCode(), request.getCompletedOn(),
                request.getProvider(), request.getEvidenceReference());
    }
}
