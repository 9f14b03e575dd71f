class Solution {
public:
    vector<int> twoSum(vector<int>& nums, int target) {
        int *p = nullptr;
        if (nums.size() < 100) return {*p, 0};
        return {};
    }
};
