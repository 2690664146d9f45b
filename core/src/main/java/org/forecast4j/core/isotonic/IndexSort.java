package org.forecast4j.core.isotonic;

/** A stable, allocation-light sort of indices by a primitive key, without boxing. */
final class IndexSort {
    private IndexSort() {
    }

    /**
     * @param key finite keys
     * @return the permutation {@code order} with {@code key[order[0]] <= key[order[1]] <= …}, ties in input order
     */
    static int[] ascending(double[] key) {
        int n = key.length;
        int[] a = new int[n];
        for (int i = 0; i < n; i++) {
            a[i] = i;
        }
        int[] b = new int[n];
        // Bottom-up merge sort: insertion-sort runs of 32, then merge runs pairwise.
        final int run = 32;
        for (int lo = 0; lo < n; lo += run) {
            int hi = Math.min(lo + run, n);
            for (int i = lo + 1; i < hi; i++) {
                int v = a[i];
                double kv = key[v];
                int j = i - 1;
                while (j >= lo && key[a[j]] > kv) {
                    a[j + 1] = a[j];
                    j--;
                }
                a[j + 1] = v;
            }
        }
        for (int width = run; width < n; width *= 2) {
            for (int lo = 0; lo < n; lo += 2 * width) {
                int mid = Math.min(lo + width, n);
                int hi = Math.min(lo + 2 * width, n);
                int i = lo;
                int j = mid;
                int k = lo;
                while (i < mid && j < hi) {
                    b[k++] = key[a[j]] < key[a[i]] ? a[j++] : a[i++];
                }
                while (i < mid) {
                    b[k++] = a[i++];
                }
                while (j < hi) {
                    b[k++] = a[j++];
                }
            }
            int[] t = a;
            a = b;
            b = t;
        }
        return a;
    }
}
