package uk.councilprotocol.training;

/** Roster files the tests import. Ids are unique per test class so scopes never collide in mail or logs. */
public final class TrainingFixtures {
    private TrainingFixtures() {
    }

    public static final String HEADER = "id,full_name,email,kind,roles,department,political_group,line_manager_id,start_date,active\n";

    /** A chief executive, a director reporting to them, an officer reporting to the director, two councillors. */
    public static String smallRoster(String prefix, String startDate) {
        return HEADER
                + prefix + "-CE,Alex Chief,alex.chief@" + prefix + ".example.gov.uk,officer,chief-officer,Chief Executive's Office,,," + startDate + ",true\n"
                + prefix + "-DIR,Bea Director,bea.director@" + prefix + ".example.gov.uk,officer,chief-officer,Adults and Communities,," + prefix + "-CE," + startDate + ",true\n"
                + prefix + "-OFF,Cal Officer,cal.officer@" + prefix + ".example.gov.uk,officer,,Adults and Communities,," + prefix + "-DIR," + startDate + ",true\n"
                + prefix + "-CLLR1,Cllr Dee Leader,dee.leader@" + prefix + ".example.gov.uk,councillor,group-leader;cabinet-member,,Independent Group,," + startDate + ",true\n"
                + prefix + "-CLLR2,Cllr Eli Member,\"eli.member@" + prefix + ".example.gov.uk\",councillor,planning-committee,,Green Group,," + startDate + ",yes\n";
    }
}
