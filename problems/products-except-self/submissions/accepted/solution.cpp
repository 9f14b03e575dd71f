class Solution {
public:
    vector<long long> productExceptSelf(vector<int>& nums) {
        // Counts the zeros: with two or more every answer is 0; with one only the zero's is not.
        int n = nums.size(), zeros = 0, where = -1;
        long long rest = 1; // product of the non-zero elements (at most 10^15 in absolute value)
        for (int i = 0; i < n; i++) {
            if (nums[i] == 0) { zeros++; where = i; }
            else rest *= nums[i];
        }
        vector<long long> answer(n, 0);
        if (zeros >= 2) return answer;
        if (zeros == 1) { answer[where] = rest; return answer; }
        vector<long long> suffix(n + 1, 1);
        for (int i = n - 1; i >= 0; i--) suffix[i] = suffix[i + 1] * nums[i];
        long long prefix = 1;
        for (int i = 0; i < n; i++) {
            answer[i] = prefix * suffix[i + 1];
            prefix *= nums[i];
        }
        return answer;
    }
};
