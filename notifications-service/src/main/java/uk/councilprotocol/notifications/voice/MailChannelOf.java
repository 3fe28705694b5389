package uk.councilprotocol.notifications.voice;

/** How the council in scope's email leaves, for its admin to see: told by the channel that sends it. */
public interface MailChannelOf {
    /** The deployment's mail relay. */
    String SMTP = "smtp";
    /** The deployment's GOV.UK Notify service. */
    String NOTIFY = "notify";
    /** A GOV.UK Notify service of the council's own. */
    String COUNCIL_NOTIFY = "council-notify";

    /** {@link #SMTP}, {@link #NOTIFY} or {@link #COUNCIL_NOTIFY}. */
    String currentCouncil();
}
