package uk.councilprotocol.notifications.reminders;

import uk.councilprotocol.platform.paging.Paged;
import io.grpc.stub.StreamObserver;
import uk.councilprotocol.contracts.notifications.v1.ListUndeliverableRequest;
import uk.councilprotocol.contracts.notifications.v1.ListUndeliverableResponse;
import uk.councilprotocol.contracts.notifications.v1.UndeliverableAddress;
import uk.councilprotocol.notifications.contacts.ContactBook;
import jakarta.inject.Singleton;
import uk.councilprotocol.platform.security.GrpcAuthentication;
import uk.councilprotocol.contracts.notifications.v1.ListRemindersRequest;
import uk.councilprotocol.contracts.notifications.v1.ListRemindersResponse;
import uk.councilprotocol.contracts.notifications.v1.ListSentMailRequest;
import uk.councilprotocol.contracts.notifications.v1.ListSentMailResponse;
import uk.councilprotocol.contracts.notifications.v1.RemindersGrpc;
import uk.councilprotocol.notifications.mail.SentMail;
import uk.councilprotocol.platform.grpc.Protos;

import java.util.Arrays;

@Singleton
public class RemindersGrpcService extends RemindersGrpc.RemindersImplBase {
    private final ReminderLog log;

    public RemindersGrpcService(ReminderLog log) {
        this.log = log;
    }

    @Override
    public void listReminders(ListRemindersRequest request, StreamObserver<ListRemindersResponse> response) {
        ListRemindersResponse.Builder reply = ListRemindersResponse.newBuilder();
        for (Reminder r : log.reminders(request.getPersonId(), request.getSubjectId(), GrpcAuthentication.caller())) {
            reply.addReminders(uk.councilprotocol.contracts.notifications.v1.Reminder.newBuilder()
                    .setId(r.id().toString()).setSubjectType(r.subjectType()).setSubjectId(r.subjectId())
                    .setPersonId(r.personId()).setKind(r.kind()).setSendAt(Protos.timestamp(r.sendAt()))
                    .setStatus(r.status().name()).setAttempts(r.attempts()));
        }
        response.onNext(reply.build());
        response.onCompleted();
    }

    @Override
    public void listSentMail(ListSentMailRequest request, StreamObserver<ListSentMailResponse> response) {
        Paged<SentMail> page = log.sentMail(request.getPageSize(), request.getLimit(), request.getPageToken(),
                request.getSkip(), request.getQuery(), GrpcAuthentication.caller());
        ListSentMailResponse.Builder reply = ListSentMailResponse.newBuilder()
                .setTotalSize(page.total()).setNextPageToken(page.nextPageToken());
        for (SentMail m : page.items()) {
            reply.addMail(uk.councilprotocol.contracts.notifications.v1.SentMail.newBuilder()
                    .setReminderId(m.reminderId().toString()).setTo(m.recipient()).addAllCc(Arrays.asList(m.cc()))
                    .setSubject(m.subject()).setStatus(m.status()).setAt(Protos.timestamp(m.at()))
                    .setError(Protos.orEmpty(m.error())));
        }
        response.onNext(reply.build());
        response.onCompleted();
    }

    @Override
    public void listUndeliverable(ListUndeliverableRequest request, StreamObserver<ListUndeliverableResponse> response) {
        ListUndeliverableResponse.Builder reply = ListUndeliverableResponse.newBuilder();
        for (ContactBook.Undeliverable address : log.undeliverable(GrpcAuthentication.caller())) {
            reply.addAddresses(UndeliverableAddress.newBuilder().setEmail(address.email())
                    .setPersonId(Protos.orEmpty(address.personId())).setFullName(Protos.orEmpty(address.fullName()))
                    .setReply(address.reply()).setRefusedAt(Protos.timestamp(address.refusedAt())));
        }
        response.onNext(reply.build());
        response.onCompleted();
    }
}
