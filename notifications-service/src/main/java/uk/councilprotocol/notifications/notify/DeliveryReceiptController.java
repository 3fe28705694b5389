package uk.councilprotocol.notifications.notify;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import uk.councilprotocol.notifications.delivery.DeliveryReceipts;
import uk.councilprotocol.platform.errors.FieldViolation;
import uk.councilprotocol.platform.errors.HttpProblems;
import uk.councilprotocol.platform.errors.InvalidInputException;
import uk.councilprotocol.platform.tenancy.Councils;

import java.util.List;


/**
 * GOV.UK Notify's delivery receipts (its "callback" for emails). Notify calls with the bearer token it was given in
 * its settings, not a person's token, so the route is open to security and {@link NotifyTokenFilter} checks that
 * token first. The receipt's reference names the council ({@link NotifyReference}); a council's own service may speak
 * only of its council's emails, the deployment's of the councils without one.
 */
@Controller(DeliveryReceiptController.PATH)
@Secured(SecurityRule.IS_ANONYMOUS)
public class DeliveryReceiptController {
    static final String PATH = "/notify/delivery-receipts";

    private final DeliveryReceipts receipts;
    private final Councils councils;
    private final NotifyServices services;

    public DeliveryReceiptController(DeliveryReceipts receipts, Councils councils, NotifyServices services) {
        this.receipts = receipts;
        this.councils = councils;
        this.services = services;
    }

    /** The part of Notify's receipt used here; the rest (created_at, template_id, …) is ignored. */
    @Serdeable
    public record Receipt(@NotBlank String id, @Nullable String reference, @NotBlank String to, @NotBlank String status) {
    }

    @Post
    public HttpResponse<?> receive(HttpRequest<?> request, @Body @Valid Receipt receipt) {
        DeliveryReceipts.Outcome outcome = DeliveryReceipts.Outcome.of(receipt.status()).orElseThrow(() -> InvalidInputException.of(
                "status", "'" + receipt.status() + "' is not one of delivered, permanent-failure, temporary-failure, technical-failure"));
        NotifyReference reference = NotifyReference.parse(receipt.reference()).orElseThrow(() -> InvalidInputException.of(
                "reference", "not a reference this platform gave (a council, a space, then the email's Message-ID)"));
        String council = councils.resolve(reference.council());
        NotifyServices.Sender sender = request.getAttribute(NotifyTokenFilter.SENDER, NotifyServices.Sender.class).orElseThrow();
        if (!services.mayReport(sender, council)) {
            return HttpProblems.response(HttpStatus.FORBIDDEN, "This GOV.UK Notify service does not send " + council
                    + "'s email: its receipts are not taken for it",
                    List.of(new FieldViolation("reference", "names " + council + ", whose email another service sends", null)));
        }
        boolean known = Councils.callAs(council, () -> receipts.record(reference.messageId(), receipt.to(), outcome));
        // an email Notify sent for someone else is not retried by Notify either way: it is answered, and not recorded
        return known ? HttpResponse.noContent() : HttpResponse.accepted();
    }
}
