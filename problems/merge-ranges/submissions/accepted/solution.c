/**
 * Return an array of *returnSize arrays, with their sizes in *returnColumnSizes;
 * malloc both (the caller frees them).
 */
static int by_start(const void *a, const void *b) {
    const int *x = *(int *const *)a, *y = *(int *const *)b;
    return (x[0] > y[0]) - (x[0] < y[0]);
}

int** merge(int** intervals, int intervalsSize, int* intervalsColSize, int* returnSize, int** returnColumnSizes) {
    qsort(intervals, intervalsSize, sizeof(int *), by_start);
    int **out = malloc(sizeof(int *) * intervalsSize);
    int m = 0;
    for (int i = 0; i < intervalsSize; i++) {
        int start = intervals[i][0], end = intervals[i][1];
        if (m > 0 && start <= out[m - 1][1]) {
            if (end > out[m - 1][1]) out[m - 1][1] = end;
        } else {
            out[m] = malloc(sizeof(int) * 2);
            out[m][0] = start;
            out[m][1] = end;
            m++;
        }
    }
    *returnSize = m;
    *returnColumnSizes = malloc(sizeof(int) * (m > 0 ? m : 1));
    for (int i = 0; i < m; i++) (*returnColumnSizes)[i] = 2;
    return out;
}
