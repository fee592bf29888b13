package dev.kalkan.detect.accuracy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kalkan.detect.InfoType;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LabelledCorpusTest {
  private static final List<LabelledDocument> CORPUS =
      LabelledCorpus.generate(AccuracyTest.SEED, AccuracyTest.DOCUMENTS);

  @Test
  void generateWhenSameSeedThenSameDocuments() {
    assertThat(LabelledCorpus.generate(AccuracyTest.SEED, 100)).isEqualTo(CORPUS.subList(0, 100));
    assertThat(LabelledCorpus.document(AccuracyTest.SEED, 1234)).isEqualTo(CORPUS.get(1234));
    assertThat(LabelledCorpus.generate(AccuracyTest.SEED + 1, 100))
        .isNotEqualTo(CORPUS.subList(0, 100));
  }

  @Test
  void generateWhenAuditedThenGroundTruthIsConsistent() {
    List<String> problems = new ArrayList<>();
    CORPUS.forEach(doc -> problems.addAll(CorpusAudit.problems(doc)));

    assertThat(problems).isEmpty();
  }

  @Test
  void generateThenEveryScoredTypeIsPlantedOften() {
    Map<InfoType, Integer> counts = new HashMap<>();
    CORPUS.forEach(doc -> doc.labels().forEach(l -> counts.merge(l.type(), 1, Integer::sum)));

    assertThat(counts.keySet()).containsExactlyInAnyOrderElementsOf(AccuracyScorer.SCORED);
    assertThat(counts.values()).allSatisfy(n -> assertThat(n).isGreaterThanOrEqualTo(40));
  }

  @Test
  void generateThenEveryGenreAppearsAndMostDocumentsHoldNearMisses() {
    Map<Genre, int[]> byGenre = new EnumMap<>(Genre.class);
    for (LabelledDocument doc : CORPUS) {
      int[] c = byGenre.computeIfAbsent(doc.genre(), g -> new int[2]);
      c[0]++;
      c[1] += doc.decoys().isEmpty() ? 0 : 1;
    }

    assertThat(byGenre).containsOnlyKeys(Genre.values());
    assertThat(byGenre)
        .allSatisfy(
            (genre, c) -> assertThat(c[1]).as(genre.name()).isGreaterThanOrEqualTo(c[0] / 2));
    assertThat(CORPUS)
        .filteredOn(doc -> !doc.decoys().isEmpty())
        .hasSizeGreaterThan(CORPUS.size() * 8 / 10);
  }

  @Test
  void generateThenSomeSpansFollowAstralCharacters() {
    assertThat(CORPUS)
        .filteredOn(doc -> doc.text().codePoints().anyMatch(Character::isSupplementaryCodePoint))
        .filteredOn(doc -> doc.text().length() != doc.length())
        .hasSizeGreaterThan(20)
        .allSatisfy(
            doc ->
                doc.labels()
                    .forEach(l -> assertThat(doc.slice(l.start(), l.end())).isEqualTo(l.value())));
  }
}
