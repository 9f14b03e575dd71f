/* Two sums by sorting indices by value, then two pointers: O(n log n). */
static int *pebble_values;

static int by_value(const void *a, const void *b) {
    int x = pebble_values[*(const int *)a], y = pebble_values[*(const int *)b];
    return (x > y) - (x < y);
}

int* twoSum(int* nums, int numsSize, int target, int* returnSize) {
    int *order = malloc(sizeof(int) * numsSize);
    for (int i = 0; i < numsSize; i++) order[i] = i;
    pebble_values = nums;
    qsort(order, numsSize, sizeof(int), by_value);
    int *answer = malloc(sizeof(int) * 2);
    *returnSize = 0;
    for (int lo = 0, hi = numsSize - 1; lo < hi;) {
        long long sum = (long long)nums[order[lo]] + nums[order[hi]];
        if (sum == target) {
            answer[0] = order[lo];
            answer[1] = order[hi];
            *returnSize = 2;
            break;
        }
        if (sum < target) lo++; else hi--;
    }
    free(order);
    return answer;
}
