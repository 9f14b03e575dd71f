/* Multiplies the other n - 1 elements again for every position: correct, but O(n^2). */
long long* productExceptSelf(int* nums, int numsSize, int* returnSize) {
    long long *answer = malloc(sizeof(long long) * numsSize);
    for (int i = 0; i < numsSize; i++) {
        long long p = 1;
        for (int j = 0; j < numsSize; j++)
            if (j != i) p *= nums[j];
        answer[i] = p;
    }
    *returnSize = numsSize;
    return answer;
}
