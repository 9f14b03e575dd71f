/**
 * Return an array of *returnSize elements; malloc it (the caller frees it).
 */
long long* productExceptSelf(int* nums, int numsSize, int* returnSize) {
    long long *answer = malloc(sizeof(long long) * numsSize);
    long long left = 1, right = 1;
    for (int i = 0; i < numsSize; i++) {
        answer[i] = left;
        left *= nums[i];
    }
    for (int i = numsSize - 1; i >= 0; i--) {
        answer[i] *= right;
        right *= nums[i];
    }
    *returnSize = numsSize;
    return answer;
}
