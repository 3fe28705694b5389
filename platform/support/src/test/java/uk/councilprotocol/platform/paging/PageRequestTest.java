package uk.councilprotocol.platform.paging;

import org.junit.jupiter.api.Test;
import uk.councilprotocol.platform.errors.InvalidInputException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PageRequestTest {

    @Test
    void nothingAskedIsTheFirstPageOfTheDefaultSize() {
        assertThat(PageRequest.of(0, "", 0, 100, 500)).isEqualTo(new PageRequest(0, 100));
    }

    @Test
    void theNextTokenReadsOnFromWhereThePageEnded() {
        PageRequest first = PageRequest.of(50, "", 0, 100, 500);
        String next = first.nextToken(50, 120);
        assertThat(PageRequest.of(50, next, 0, 100, 500)).isEqualTo(new PageRequest(50, 50));
        assertThat(PageRequest.of(50, PageRequest.of(50, next, 0, 100, 500).nextToken(50, 120), 0, 100, 500).offset()).isEqualTo(100);
        assertThat(new PageRequest(100, 50).nextToken(20, 120)).as("the last page").isEmpty();
        assertThat(new PageRequest(0, 50).nextToken(0, 0)).as("nothing found").isEmpty();
    }

    @Test
    void skipJumpsToANumberedPage() {
        assertThat(PageRequest.of(50, "", 100, 100, 500)).isEqualTo(new PageRequest(100, 50));
    }

    @Test
    void badPagingNamesEveryFieldAtFault() {
        assertThatThrownBy(() -> PageRequest.of(501, "not-a-token", -1, 100, 500))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                        .extracting(v -> v.field()).containsExactlyInAnyOrder("page_size", "page_token", "skip"));
        assertThatThrownBy(() -> PageRequest.of(-1, "", 0, 100, 500)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void searchTextIsTakenLiterally() {
        assertThat(PageRequest.containing(null)).isEqualTo("%");
        assertThat(PageRequest.containing("  ")).isEqualTo("%");
        assertThat(PageRequest.containing(" O'Neil ")).isEqualTo("%O'Neil%");
        assertThat(PageRequest.containing("100%_a\\b")).isEqualTo("%100\\%\\_a\\\\b%");
    }
}
