/* Sorts the orders by selection sort, then merges in one pass: correct, but the sort is O(n^2). */
int** merge(int** intervals, int intervalsSize, int* intervalsColSize, int* returnSize, int** returnColumnSizes) {
    for (int i = 0; i < intervalsSize; i++) {
        int best = i;
        for (int j = i + 1; j < intervalsSize; j++)
            if (intervals[j][0] < intervals[best][0]) best = j;
        int *t = intervals[i];
        intervals[i] = intervals[best];
        intervals[best] = t;
    }
    int **out = malloc(sizeof(int *) * intervalsSize);
    int m = 0;
    for (int i = 0; i < intervalsSize; i++) {
        if (m > 0 && intervals[i][0] <= out[m - 1][1]) {
            if (intervals[i][1] > out[m - 1][1]) out[m - 1][1] = intervals[i][1];
        } else {
            out[m] = malloc(sizeof(int) * 2);
            out[m][0] = intervals[i][0];
            out[m][1] = intervals[i][1];
            m++;
        }
    }
    *returnSize = m;
    *returnColumnSizes = malloc(sizeof(int) * (m > 0 ? m : 1));
    for (int i = 0; i < m; i++) (*returnColumnSizes)[i] = 2;
    return out;
}
