package io.recordingrescue.restore.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.recordingrescue.webex.EmailAddress;
import io.recordingrescue.webex.InvalidRequestException;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class IncidentPlannerTest {
  private final IncidentPlanner planner = new IncidentPlanner();

  private static List<String> values(OwnerInput input) {
    return input.owners().stream().map(EmailAddress::value).toList();
  }

  @Test
  void pastedTextIsSplitOnLinesCommasAndSemicolonsTrimmedAndDeduplicatedWithoutCase() {
    OwnerInput in =
        planner.fromText(
            " Ann@Example.com ;bob@example.com\r\n\r\ncarl@example.com, ann@example.COM;;\n"
                + "  bob@example.com  ");

    assertThat(values(in))
        .containsExactly("ann@example.com", "bob@example.com", "carl@example.com");
    assertThat(in.duplicates()).isEqualTo(2);
    assertThat(in.malformed()).isEmpty();
  }

  @Test
  void malformedAddressesAreListedWithTheReasonAndNotKeptAsOwners() {
    OwnerInput in =
        planner.fromText("ann@example.com\nnot-an-address\nbob@\n@x.com\nann smith@x.com");

    assertThat(values(in)).containsExactly("ann@example.com");
    assertThat(in.malformed())
        .extracting(OwnerInput.Malformed::input)
        .containsExactly("not-an-address", "bob@", "@x.com", "ann smith@x.com");
    assertThat(in.malformed()).allSatisfy(m -> assertThat(m.reason()).contains("e-mail address"));
  }

  @Test
  void aCsvIsReadFromItsEmailColumnWhateverItsPositionAndSpelling() {
    String csv =
        "\uFEFFName,\"E-mail Address\",Dept\r\n"
            + "\"Smith, Ann\",ann@example.com,Sales\r\n"
            + "Bob,  BOB@example.com ,\"R&D, \"\"labs\"\"\"\r\n"
            + "Nobody,,IT\r\n"
            + "Broken,broken,IT\r\n";

    OwnerInput in = planner.fromCsv(csv);

    assertThat(values(in)).containsExactly("ann@example.com", "bob@example.com");
    assertThat(in.malformed()).extracting(OwnerInput.Malformed::input).containsExactly("broken");
  }

  @Test
  void ownerEmailIsAcceptedAsTheColumnName() {
    assertThat(values(planner.fromCsv("ownerEmail\nann@example.com\n")))
        .containsExactly("ann@example.com");
  }

  @Test
  void aCsvWithoutAnEmailColumnIsRefusedNamingTheColumnsItHas() {
    assertThatThrownBy(() -> planner.fromCsv("name,dept\nAnn,Sales\n"))
        .isInstanceOf(InvalidRequestException.class)
        .hasMessageContaining("no e-mail column")
        .hasMessageContaining("\"name\", \"dept\"")
        .hasMessageContaining("Nothing was sent");
    assertThatThrownBy(() -> planner.fromCsv(""))
        .isInstanceOf(InvalidRequestException.class)
        .hasMessageContaining("empty");
  }

  @Test
  void moreThanAThousandOwnersAreRefusedWithTheReasonAndAThousandPass() {
    String thousand =
        IntStream.range(0, 1000)
            .mapToObj(i -> "u" + i + "@example.com")
            .collect(Collectors.joining("\n"));
    assertThat(planner.fromText(thousand).owners()).hasSize(1000);
    // Repeats do not count towards the limit: they are one owner.
    assertThat(planner.fromText(thousand + "\nU0@example.com").owners()).hasSize(1000);

    assertThatThrownBy(() -> planner.fromText(thousand + "\nextra@example.com"))
        .isInstanceOf(InvalidRequestException.class)
        .hasMessageContaining("1001 owners given")
        .hasMessageContaining("at most 1000")
        .hasMessageContaining("Split the list");
  }

  @Test
  void thePlanRestoresTickedOwnersWithRecordingsAndSaysWhyTheOthersAreNotSent() {
    OwnerInput in =
        planner.fromText("a@x.com\nb@x.com\nc@x.com\nd@other.org\ne@x.com\nf@x.com\nwrong");
    Instant t = Instant.parse("2026-01-01T00:00:00Z");
    List<OwnerPreview> previews =
        List.of(
            new OwnerPreview(
                EmailAddress.parse("a@x.com"), OwnerPreview.Status.IN_BIN, 3, 30, t, t, null),
            new OwnerPreview(
                EmailAddress.parse("b@x.com"), OwnerPreview.Status.EMPTY, 0, 0, null, null, null),
            new OwnerPreview(
                EmailAddress.parse("c@x.com"), OwnerPreview.Status.IN_BIN, 2, 20, t, t, null),
            new OwnerPreview(
                EmailAddress.parse("d@other.org"),
                OwnerPreview.Status.NOT_ALLOWED,
                0,
                0,
                null,
                null,
                "403"),
            new OwnerPreview(
                EmailAddress.parse("e@x.com"),
                OwnerPreview.Status.INCOMPLETE,
                1,
                10,
                t,
                t,
                "part"));

    IncidentPlan plan = IncidentPlan.of(in, previews, Set.of(EmailAddress.parse("c@x.com")));

    assertThat(plan.owners())
        .extracting(p -> p.owner().value())
        .containsExactly("a@x.com", "e@x.com");
    assertThat(plan.recordings()).isEqualTo(4);
    assertThat(plan.totalBytes()).isEqualTo(40);
    assertThat(plan.excluded())
        .extracting(OwnerResult::owner, OwnerResult::state)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("b@x.com", OwnerResult.State.NOTHING_IN_BIN),
            org.assertj.core.groups.Tuple.tuple("c@x.com", OwnerResult.State.NOT_SELECTED),
            org.assertj.core.groups.Tuple.tuple("d@other.org", OwnerResult.State.NOT_ALLOWED),
            org.assertj.core.groups.Tuple.tuple("f@x.com", OwnerResult.State.PREVIEW_FAILED),
            org.assertj.core.groups.Tuple.tuple("wrong", OwnerResult.State.MALFORMED));
  }
}
