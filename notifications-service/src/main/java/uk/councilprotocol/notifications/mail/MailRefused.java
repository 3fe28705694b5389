package uk.councilprotocol.notifications.mail;

import uk.councilprotocol.platform.resilience.RefusedByDependency;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The SMTP server answered and refused recipients of a message, for good ("550 no such mailbox") or for now ("452
 * mailbox full"); any it accepted have the message. The server is working, so this is no failure of it.
 */
public class MailRefused extends RefusedByDependency {
    /** One refused recipient and the server's answer (permanent from 500 up). */
    public record Refusal(String address, int code, String reply) {
        public boolean permanent() {
            return code >= 500;
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
