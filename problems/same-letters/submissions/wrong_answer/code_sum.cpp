// Checks the length and the sum of the letter codes: "ad" and "bc" both sum to 197.
class Solution {
public:
    bool isAnagram(string s, string t) {
        if (s.size() != t.size()) return false;
        long long a = 0, b = 0;
        for (char c : s) a += c;
        for (char c : t) b += c;
        return a == b;
    }
};
