package org.forecast4j.core.newton;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.CholeskyDecomposition;
import org.apache.commons.math3.linear.RealMatrix;
import org.forecast4j.core.random.SplitMix64;
import org.junit.jupiter.api.Test;

class PackedCholeskyTest {

    private static double[] pack(double[][] a) {
        int d = a.length;
        double[] packed = new double[PackedCholesky.length(d)];
        for (int i = 0, index = 0; i < d; i++) {
            for (int j = i; j < d; j++) {
                packed[index++] = a[i][j];
            }
        }
        return packed;
    }

    @Test
    void solvesInvertsAndTakesTheLogDeterminantOfAMatrixOnVeryDifferentScales() {
        int d = 6;
        SplitMix64 random = new SplitMix64(4);
        double[][] b = new double[d][d];
        for (double[] row : b) {
            for (int j = 0; j < d; j++) {
                row[j] = random.nextDouble() - 0.5;
            }
        }
        double[] scale = {1e-4, 1, 1e3, 2, 1e6, 0.5};
        double[][] a = new double[d][d];
        for (int i = 0; i < d; i++) {
            for (int j = 0; j < d; j++) {
                double s = (i == j ? 1 : 0);
                for (int m = 0; m < d; m++) {
                    s += b[i][m] * b[j][m];
                }
                a[i][j] = s * scale[i] * scale[j];
            }
        }
        PackedCholesky cholesky = PackedCholesky.factor(pack(a), d, 0);
        assertNotNull(cholesky);
        RealMatrix inverse = new CholeskyDecomposition(new Array2DRowRealMatrix(a)).getSolver().getInverse();
        double[][] ours = cholesky.inverse();
        for (int i = 0; i < d; i++) {
            for (int j = 0; j < d; j++) {
                double expected = inverse.getEntry(i, j);
                assertEquals(expected, ours[i][j], 1e-9 * Math.sqrt(Math.abs(inverse.getEntry(i, i)
                        * inverse.getEntry(j, j))), "inverse " + i + ", " + j);
                assertEquals(ours[i][j], ours[j][i], 0.0);
            }
        }
        double[] rhs = {1, -2, 3, 0.5, -1, 2};
        double[] x = cholesky.solve(rhs);
        for (int i = 0; i < d; i++) {
            double s = 0;
            double size = Math.abs(rhs[i]);
            for (int j = 0; j < d; j++) {
                s += a[i][j] * x[j];
                size += Math.abs(a[i][j] * x[j]);
            }
            assertEquals(rhs[i], s, 1e-12 * size, "residual " + i);
        }
        double logDet = Math.log(new CholeskyDecomposition(new Array2DRowRealMatrix(a)).getDeterminant());
        assertEquals(logDet, cholesky.logDeterminant(), 1e-9 * Math.abs(logDet));
    }

    @Test
    void refusesASingularMatrixUnlessARidgeIsAdded() {
        double[][] collinear = {{1, 2, 3}, {2, 4, 6}, {3, 6, 10}};
        assertNull(PackedCholesky.factor(pack(collinear), 3, 0));
        assertNull(PackedCholesky.factor(pack(new double[][] {{0, 0}, {0, 1}}), 2, 0));
        assertNull(PackedCholesky.factor(pack(new double[][] {{Double.NaN, 0}, {0, 1}}), 2, 0));
        assertNotNull(PackedCholesky.factor(pack(collinear), 3, 1e-6));
    }
}
