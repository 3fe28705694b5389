package uk.councilprotocol.notifications.mail;

/**
 * The channel email leaves by: SMTP (the default) or GOV.UK Notify, one per deployment
 * ({@code notifications.channel}). Either way the dispatcher sees the same outcomes: sent; {@link MailRefused}, the
 * channel working and refusing recipients, for good or for now; or a failure, {@link #unreachable} or not.
 */
public interface Mailer {
    /** The channels there are, as {@code notifications.channel} names them. */
    String CHANNEL = "notifications.channel";

    void send(OutgoingMail mail) throws Exception;

    /** Whether a failure means the channel could not be reached at all, so the rest of a batch should wait for it. */
    boolean unreachable(Throwable failure);
}
