package uk.councilprotocol.notifications.mail;

import uk.councilprotocol.platform.resilience.RefusedByDependency;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The channel (an SMTP server, GOV.UK Notify) answered and refused recipients of a message, for good ("550 no such
 * mailbox", "not a valid email address") or for now ("452 mailbox full", "rate limit"); any it accepted have the
 * message. The channel is working, so this is no failure of it.
 */
public class MailRefused extends RefusedByDependency {
    /** One refused recipient, whether for good, and the channel's answer. */
    public record Refusal(String address, boolean permanent, String reply) {
        /** An SMTP server's refusal: for good from 500 up ("550 no such mailbox"), for now below ("452 mailbox full"). */
        public static Refusal smtp(String address, int code, String reply) {
            return new Refusal(address, code >= 500, reply);
        }
    }

    private final List<Refusal> refusals;
    private final List<String> delivered;

    public MailRefused(List<Refusal> refusals, List<String> delivered, Throwable cause) {
        super(describe(refusals), cause);
        this.refusals = List.copyOf(refusals);
        this.delivered = List.copyOf(delivered);
    }

    public List<Refusal> refusals() {
        return refusals;
    }

    /** Every recipient refused was refused for good: sending it again would be refused again. */
    public boolean forGood() {
        return refusals.stream().allMatch(Refusal::permanent);
    }

    /** The recipients the server accepted the message for. */
    public List<String> delivered() {
        return delivered;
    }

    private static String describe(List<Refusal> refusals) {
        return "refused by the mail server: " + refusals.stream().map(r -> r.address() + " (" + r.reply() + ")")
                .collect(Collectors.joining(", "));
    }
}
