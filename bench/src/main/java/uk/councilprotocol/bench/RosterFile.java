package uk.councilprotocol.bench;

/**
 * A council-sized roster: 60 councillors (group leaders and planning committee members among them), the rest
 * officers in five departments, each reporting to a manager, five of them chief officers.
 */
final class RosterFile {
    private static final String[] DEPARTMENTS = {"Adults and Communities", "Children and Learning", "Environment and Place",
            "Law and Governance", "Finance and Resources"};
    private static final String[] GROUPS = {"Riverside Independents", "Labour Group", "Conservative Group", "Green Group"};

    /** The default catalogue's courses, which anyone on this roster may complete. */
    static final String[] COURSES = {"NOLAN_PRINCIPLES", "EQUALITY_DIVERSITY", "POLITICAL_AWARENESS",
            "LEADERSHIP_CONFLICTS", "PLANNING_LICENSING", "SAFEGUARDING"};

    private RosterFile() {
    }

    /**
     * The first of the officers with a line manager: most of a council-sized roster. Before them come the councillors,
     * the chief officers and the managers, whose required courses differ (a councillor's expire: more renewals).
     */
    static final int FIRST_MANAGED_OFFICER = 160;

    static String id(int i) {
        return String.format("B%05d", i);
    }

    static String of(int people) {
        StringBuilder csv = new StringBuilder("id,full_name,email,kind,roles,department,political_group,line_manager_id,start_date,active\n");
        for (int i = 0; i < people; i++) {
            if (i < 60) {
                String role = i % 15 == 0 ? "group-leader" : i % 7 == 0 ? "planning-committee" : "";
                csv.append(String.format("%s,Councillor %d,c%d@bench.example.gov.uk,councillor,%s,,%s,,2023-05-08,true%n",
                        id(i), i, i, role, GROUPS[i % 4]));
            } else {
                String manager = i >= FIRST_MANAGED_OFFICER ? id(60 + (i - 60) / 10) : "";
                String role = i < 65 ? "chief-officer" : "";
                csv.append(String.format("%s,Officer %d,o%d@bench.example.gov.uk,officer,%s,%s,,%s,2020-01-0%d,true%n",
                        id(i), i, i, role, DEPARTMENTS[i % 5], manager, 1 + i % 9));
            }
        }
        return csv.toString();
    }
}
