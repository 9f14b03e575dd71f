/* For every empty slot, searches forward from it for the next load and swaps them: correct, but
 * O(n^2) when long runs of zeros have to be crossed again and again. */
void moveZeroes(int* nums, int numsSize) {
    for (int i = 0; i < numsSize; i++) {
        if (nums[i] != 0) continue;
        int j = i + 1;
        while (j < numsSize && nums[j] == 0) j++;
        if (j == numsSize) break;
        nums[i] = nums[j];
        nums[j] = 0;
    }
}
