// PebbleCode's function-mode driver for C++ (docs/function-mode.md), rendered for one signature.
// It calls the learner's function once per case with the case's arguments and writes one JSON line
// per case to the results file: the result, or the exception. Expected values never enter the box.
#include <bits/stdc++.h>
using namespace std;

struct ListNode {
    int val;
    ListNode *next;
    ListNode() : val(0), next(nullptr) {}
    ListNode(int x) : val(x), next(nullptr) {}
    ListNode(int x, ListNode *next) : val(x), next(next) {}
};

struct TreeNode {
    int val;
    TreeNode *left;
    TreeNode *right;
    TreeNode() : val(0), left(nullptr), right(nullptr) {}
    TreeNode(int x) : val(x), left(nullptr), right(nullptr) {}
    TreeNode(int x, TreeNode *left, TreeNode *right) : val(x), left(left), right(right) {}
};

namespace pebble {
struct Json {
    enum Kind { Null, Bool, Int, Double, String, Array } kind = Null;
    bool b = false;
    long long i = 0;
    double d = 0;
    std::string s;
    std::vector<Json> a;
};

struct Reader {
    const std::string &t;
    size_t p = 0;
    explicit Reader(const std::string &text) : t(text) {}
    void space() { while (p < t.size() && isspace((unsigned char)t[p])) p++; }
    Json value() {
        space();
        Json j;
        if (p >= t.size()) return j;
        char c = t[p];
        if (c == '[') {
            j.kind = Json::Array;
            p++;
            space();
            if (t[p] == ']') { p++; return j; }
            while (true) {
                j.a.push_back(value());
                space();
                if (t[p] == ',') { p++; continue; }
                p++;  // ']'
                return j;
            }
        }
        if (c == '{') {  // {"args": [...]}: the one object the cases use
            p++;
            while (true) {
                space();
                if (t[p] == '}') { p++; return j; }
                Json key = value();
                space();
                p++;  // ':'
                Json v = value();
                if (key.s == "args") j = v;
                space();
                if (t[p] == ',') p++;
            }
        }
        if (c == '"') {
            j.kind = Json::String;
            p++;
            while (t[p] != '"') {
                if (t[p] == '\\') {
                    p++;
                    char e = t[p++];
                    if (e == 'n') j.s += '\n';
                    else if (e == 't') j.s += '\t';
                    else if (e == 'r') j.s += '\r';
                    else if (e == 'u') {
                        unsigned code = std::stoul(t.substr(p, 4), nullptr, 16);
                        p += 4;
                        if (code < 0x80) j.s += (char)code;
                        else if (code < 0x800) { j.s += (char)(0xC0 | (code >> 6)); j.s += (char)(0x80 | (code & 0x3F)); }
                        else { j.s += (char)(0xE0 | (code >> 12)); j.s += (char)(0x80 | ((code >> 6) & 0x3F)); j.s += (char)(0x80 | (code & 0x3F)); }
                    } else j.s += e;
                } else {
                    j.s += t[p++];
                }
            }
            p++;
            return j;
        }
        if (t.compare(p, 4, "null") == 0) { p += 4; return j; }
        if (t.compare(p, 4, "true") == 0) { p += 4; j.kind = Json::Bool; j.b = true; return j; }
        if (t.compare(p, 5, "false") == 0) { p += 5; j.kind = Json::Bool; return j; }
        size_t start = p;
        while (p < t.size() && (isdigit((unsigned char)t[p]) || strchr("+-.eE", t[p]))) p++;
        std::string num = t.substr(start, p - start);
        if (num.find_first_of(".eE") == std::string::npos) { j.kind = Json::Int; j.i = std::stoll(num); j.d = (double)j.i; }
        else { j.kind = Json::Double; j.d = std::stod(num); }
        return j;
    }
};

template <class T> struct Convert;
template <> struct Convert<int> { static int from(const Json &j) { return (int)j.i; } static std::string to(int v) { return std::to_string(v); } };
template <> struct Convert<long long> { static long long from(const Json &j) { return j.i; } static std::string to(long long v) { return std::to_string(v); } };
template <> struct Convert<double> {
    static double from(const Json &j) { return j.kind == Json::Int ? (double)j.i : j.d; }
    static std::string to(double v) {
        if (!std::isfinite(v)) return "null";
        char buf[64];
        snprintf(buf, sizeof buf, "%.17g", v);
        return buf;
    }
};
template <> struct Convert<bool> { static bool from(const Json &j) { return j.b; } static std::string to(bool v) { return v ? "true" : "false"; } };
inline std::string quote(const std::string &s) {
    std::string out = "\"";
    for (unsigned char c : s) {
        if (c == '"' || c == '\\') { out += '\\'; out += (char)c; }
        else if (c == '\n') out += "\\n";
        else if (c < 0x20) { char buf[8]; snprintf(buf, sizeof buf, "\\u%04x", c); out += buf; }
        else out += (char)c;
    }
    return out + "\"";
}
template <> struct Convert<std::string> { static std::string from(const Json &j) { return j.s; } static std::string to(const std::string &v) { return quote(v); } };
template <> struct Convert<char> { static char from(const Json &j) { return j.s.empty() ? '\0' : j.s[0]; } static std::string to(char v) { return quote(std::string(1, v)); } };
template <class T> struct Convert<std::vector<T>> {
    static std::vector<T> from(const Json &j) { std::vector<T> v; for (auto &e : j.a) v.push_back(Convert<T>::from(e)); return v; }
    static std::string to(const std::vector<T> &v) {
        std::string out = "[";
        for (size_t k = 0; k < v.size(); k++) out += (k ? "," : "") + Convert<T>::to(v[k]);
        return out + "]";
    }
};
template <> struct Convert<ListNode *> {
    static ListNode *from(const Json &j) {
        ListNode *head = nullptr;
        for (size_t k = j.a.size(); k-- > 0;) head = new ListNode((int)j.a[k].i, head);
        return head;
    }
    static std::string to(ListNode *n) {
        std::string out = "[";
        for (size_t k = 0; n; n = n->next, k++) {
            if (k > 1000000) throw std::runtime_error("the returned list has a cycle");
            out += (k ? "," : "") + std::to_string(n->val);
        }
        return out + "]";
    }
};
template <> struct Convert<TreeNode *> {
    static TreeNode *from(const Json &j) {
        if (j.a.empty() || j.a[0].kind == Json::Null) return nullptr;
        std::vector<TreeNode *> nodes;
        for (auto &e : j.a) nodes.push_back(e.kind == Json::Null ? nullptr : new TreeNode((int)e.i));
        size_t k = 1;
        for (auto *n : nodes) {
            if (!n) continue;
            n->left = k < nodes.size() ? nodes[k++] : nullptr;
            n->right = k < nodes.size() ? nodes[k++] : nullptr;
        }
        return nodes[0];
    }
    static std::string to(TreeNode *root) {
        std::vector<std::string> out;
        std::vector<TreeNode *> queue{root};
        for (size_t k = 0; k < queue.size(); k++) {
            if (queue.size() > 2000000) throw std::runtime_error("the returned tree is too large or has a cycle");
            TreeNode *n = queue[k];
            if (!n) { out.push_back("null"); continue; }
            out.push_back(std::to_string(n->val));
            queue.push_back(n->left);
            queue.push_back(n->right);
        }
        while (!out.empty() && out.back() == "null") out.pop_back();
        std::string s = "[";
        for (size_t k = 0; k < out.size(); k++) s += (k ? "," : "") + out[k];
        return s + "]";
    }
};

// Calls Solution().f(...) when the learner wrote LeetCode's class, else the free function f(...).
template <class S, class = decltype(sizeof(S))> std::true_type complete(int);
template <class S> std::false_type complete(...);
// An argument made dependent on S, so the branch not taken is never looked up.
template <class S, class T> T &dep(T &x) { return x; }
}  // namespace pebble

struct Solution;

#include "solution.cpp"

namespace pebble {
template <class S>
auto call(std::vector<Json> &args) {
{{conversions}}
    if constexpr (decltype(complete<S>(0))::value) {
        S solution;
        {{void_call_open}}solution.{{function}}({{arguments}}){{void_call_close}}
    } else {
        {{void_call_open}}{{function}}({{arguments}}){{void_call_close}}
    }
}
}  // namespace pebble

int main() {
    FILE *results = fopen(".pebble-results", "w");
    std::ifstream in("cases.json");
    std::stringstream buffer;
    buffer << in.rdbuf();
    std::string text = buffer.str();
    std::remove("cases.json");
    pebble::Reader reader(text);
    pebble::Json cases = reader.value();
    for (size_t index = 0; index < cases.a.size(); index++) {
        std::vector<pebble::Json> args = cases.a[index].a;
        std::clock_t start = std::clock();
        std::string record;
        try {
{{call}}
        } catch (const std::exception &e) {
            record = "\"error\":" + pebble::quote(std::string("exception: ") + e.what());
        } catch (...) {
            record = "\"error\":\"an exception that is not a std::exception\"";
        }
        double ms = 1000.0 * (double)(std::clock() - start) / CLOCKS_PER_SEC;
        fprintf(results, "{\"case\":%zu,%s,\"ms\":%.3f}\n", index, record.c_str(), ms);
        fflush(results);
    }
    fflush(stdout);
    return 0;
}
