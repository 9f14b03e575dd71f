class Solution {
    public long[] productExceptSelf(int[] nums) {
        int n = nums.length;
        long[] answer = new long[n];
        long left = 1;
        for (int i = 0; i < n; i++) {
            answer[i] = left;
            left *= nums[i];
        }
        long right = 1;
        for (int i = n - 1; i >= 0; i--) {
            answer[i] *= right;
            right *= nums[i];
        }
        return answer;
    }
}
