package uk.councilprotocol.platform.security;

/** The roles tokens carry (claim {@code roles}), as the council's identity provider issues them. */
public final class Roles {
    /** HR / Organisational Development: the roster, courses, rules, everyone's training. */
    public static final String HR = "hr";
    /** The Members Support Hub. */
    public static final String HUB = "hub";
    public static final String OFFICER = "officer";
    public static final String COUNCILLOR = "councillor";
    /** The Monitoring Officer and the Standards Committee: read plans, reports and the audit log. */
    public static final String STANDARDS = "standards";
    public static final String ADMIN = "admin";
    /**
     * The platform operator (a supplier hosting many councils): lists the councils served and erases one that
     * leaves. Sees counts, never a council's data; belongs to no council.
     */
    public static final String OPERATOR = "operator";
    /** Another service of the platform, calling with a client-credentials token. */
    public static final String SERVICE = "service";
    /**
     * One of this platform's own services (never a department's system): it acts for whichever council's work it is
     * doing and names that council in the {@code council} request metadata, which no other caller may set.
     */
    public static final String PLATFORM_SERVICE = "platform-service";
    /** {@code department:<code>}, e.g. {@code department:children-and-learning}: a department's staff or system. */
    public static final String DEPARTMENT_PREFIX = "department:";

    private Roles() {
    }
}
