package uk.councilprotocol.console;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class PaginationTest {

    @Test
    void aMiddlePageShowsTheFirstTheLastItsNeighboursAndEllipsesBetween() {
        Pagination page = Pagination.of(5, 50, 1000, 50, "/compliance/people", Map.of("q", "pat", "department", ""));
        assertThat(page.items()).extracting(Pagination.Item::number).containsExactly(1, 0, 4, 5, 6, 0, 20);
        assertThat(page.items()).filteredOn(Pagination.Item::current).extracting(Pagination.Item::number).containsExactly(5);
        assertThat(page.from()).isEqualTo(201);
        assertThat(page.to()).isEqualTo(250);
        assertThat(page.previous()).isEqualTo("/compliance/people?q=pat&page=4");
        assertThat(page.next()).isEqualTo("/compliance/people?q=pat&page=6");
        assertThat(page.items().get(0).href()).as("page 1 needs no number").isEqualTo("/compliance/people?q=pat");
        assertThat(page.items().get(1).classes()).isEqualTo("govuk-pagination__item govuk-pagination__item--ellipses");
        assertThat(page.items().get(3).classes()).isEqualTo("govuk-pagination__item govuk-pagination__item--current");
    }

    @Test
    void theLastPageIsShortAndHasNoNext() {
        Pagination page = Pagination.of(3, 50, 120, 20, "/p", Map.of());
        assertThat(page.from()).isEqualTo(101);
        assertThat(page.to()).isEqualTo(120);
        assertThat(page.next()).isEmpty();
        assertThat(page.items()).extracting(Pagination.Item::number).containsExactly(1, 2, 3);
    }

    @Test
    void nothingFoundIsOnePageShowingNothing() {
        Pagination page = Pagination.of(1, 50, 0, 0, "/p", Map.of());
        assertThat(page.pages()).isEqualTo(1);
        assertThat(page.from()).isZero();
        assertThat(page.previous()).isEmpty();
        assertThat(page.next()).isEmpty();
    }

    @Test
    void aPageNumberThatIsMissingOrNonsenseIsTheFirst() {
        assertThat(Pagination.requested(null)).isEqualTo(1);
        assertThat(Pagination.requested(-3)).isEqualTo(1);
        assertThat(Pagination.requested(7)).isEqualTo(7);
        assertThat(Pagination.skip(7, 50)).isEqualTo(300);
    }
}
