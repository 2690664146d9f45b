package org.forecast4j.core.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.forecast4j.core.io.ForecastJson;
import org.forecast4j.core.io.InvalidInputException;
import org.forecast4j.core.kernel.LinearScorer;
import org.forecast4j.core.kinds.ModelReaders;
import org.forecast4j.core.model.FeatureSchema;
import org.forecast4j.core.model.ModelDocument;
import org.forecast4j.core.model.Provenance;
import org.forecast4j.core.modelfile.ModelFiles;
import org.forecast4j.core.prob.Probabilities;
import org.forecast4j.core.random.SplitMix64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LinearScorerTest {

    @TempDir
    Path dir;

    @Test
    void agreesWithANaiveLoopForEveryLength() {
        SplitMix64 random = new SplitMix64(1);
        for (int k = 0; k <= 37; k++) {
            double[] w = new double[k];
            double[] x = new double[k];
            double naive = 0.3;
            for (int i = 0; i < k; i++) {
                w[i] = random.nextGaussian();
                x[i] = random.nextGaussian();
                naive += w[i] * x[i];
            }
            LinearScorer scorer = LinearScorer.of(0.3, w);
            assertEquals(naive, scorer.logOdds(x), 1e-12, "k=" + k);
            assertEquals(Probabilities.sigmoid(naive), scorer.probability(x), 1e-12);
        }
    }

    /** The order of additions {@link LinearScorer#dot} documents, written the plain way. */
    private static double documentedOrder(double[] a, int aOffset, double[] b, int bOffset, int length) {
        double[] s = new double[8];
        int i = 0;
        for (; length - i >= 8; i += 8) {
            for (int j = 0; j < 8; j++) {
                s[j] += a[aOffset + i + j] * b[bOffset + i + j];
            }
        }
        for (; i < length; i++) {
            s[0] += a[aOffset + i] * b[bOffset + i];
        }
        return ((s[0] + s[1]) + (s[2] + s[3])) + ((s[4] + s[5]) + (s[6] + s[7]));
    }

    @Test
    void dotProductAddsInItsDocumentedOrder() {
        // Products i + j go to partial sum j (j < 8), the last few to sum 0, and the sums are added pairwise: the
        // exact bits, which training and scoring rely on to be reproducible.
        SplitMix64 random = new SplitMix64(5);
        double[] a = new double[1100];
        double[] b = new double[1100];
        for (int i = 0; i < a.length; i++) {
            a[i] = random.nextGaussian() * Math.pow(10, 6 * random.nextDouble());
            b[i] = random.nextGaussian();
        }
        for (int length = 0; length <= 1090; length += length < 70 ? 1 : 97) {
            for (int offset = 0; offset <= 2; offset++) {
                assertEquals(Double.doubleToRawLongBits(documentedOrder(a, offset, b, 7, length)),
                        Double.doubleToRawLongBits(LinearScorer.dot(a, offset, b, 7, length)), "length " + length);
            }
        }
    }

    @Test
    void offsetDotProductAgreesWithANaiveLoopForEveryLengthAndOffset() {
        GaussianPair pair = new GaussianPair(3, 50);
        double[] a = pair.a;
        double[] b = pair.b;
        for (int length = 0; length <= 40; length++) {
            for (int aOffset = 0; aOffset <= 3; aOffset++) {
                for (int bOffset = 0; bOffset <= 5; bOffset += 5) {
                    double naive = 0;
                    for (int i = 0; i < length; i++) {
                        naive += a[aOffset + i] * b[bOffset + i];
                    }
                    assertEquals(naive, LinearScorer.dot(a, aOffset, b, bOffset, length), 1e-12,
                            "length " + length + ", offsets " + aOffset + ", " + bOffset);
                }
            }
        }
        assertThrows(ArrayIndexOutOfBoundsException.class, () -> LinearScorer.dot(a, 45, b, 0, 8));
    }

    @Test
    void batchFormsMatchTheSingleForm() {
        SplitMix64 random = new SplitMix64(2);
        int k = 5;
        int rows = 7;
        double[] w = new double[k];
        for (int i = 0; i < k; i++) {
            w[i] = random.nextGaussian();
        }
        LinearScorer scorer = LinearScorer.of(-1, w);
        double[] flat = new double[rows * k];
        double[][] matrix = new double[rows][k];
        for (int r = 0; r < rows; r++) {
            for (int i = 0; i < k; i++) {
                flat[r * k + i] = matrix[r][i] = random.nextGaussian();
            }
        }
        double[] a = new double[rows];
        double[] b = new double[rows];
        scorer.probabilities(flat, a);
        scorer.probabilities(matrix, b);
        for (int r = 0; r < rows; r++) {
            assertEquals(scorer.probability(matrix[r]), a[r], 0);
            assertEquals(scorer.probability(matrix[r]), b[r], 0);
        }
        assertThrows(IllegalArgumentException.class, () -> LinearScorer.of(Double.NaN, w));
        assertThrows(IllegalArgumentException.class, () -> LinearScorer.of(0, new double[] {Double.NaN}));
    }

    @Test
    void unknownKindsAreListed() throws IOException {
        Path file = dir.resolve("m.json");
        ModelFiles.write(file, ModelDocument.of("mystery", FeatureSchema.of("a"),
                Provenance.of("t", Map.of(), 1), ForecastJson.mapper().createObjectNode()));
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> ModelReaders.readModel(file));
        assertTrue(e.getMessage().startsWith(file + ", field 'kind': value 'mystery' is not a probability-model"
                + " kind this build knows (known: "), e.getMessage());
    }
}
