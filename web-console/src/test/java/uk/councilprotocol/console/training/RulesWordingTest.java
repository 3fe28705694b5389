package uk.councilprotocol.console.training;

import org.junit.jupiter.api.Test;
import uk.councilprotocol.contracts.training.v1.Rule;

import static org.assertj.core.api.Assertions.assertThat;

class RulesWordingTest {
    @Test
    void aRuleSaysWhomItIsFor() {
        assertThat(RulesController.who(Rule.newBuilder().setPersonKind("officer").build())).isEqualTo("an officer");
        assertThat(RulesController.who(Rule.newBuilder().build())).isEqualTo("anyone");
        assertThat(RulesController.who(Rule.newBuilder().setPersonKind("councillor").setPoliticalGroup("Labour Group")
                .setRole("licensing-committee").build())).isEqualTo("a councillor in the Labour Group with the role licensing-committee");
        assertThat(RulesController.who(Rule.newBuilder().setDepartment("Children and Learning").build()))
                .isEqualTo("anyone in Children and Learning");
    }
}
