// Kahn's algorithm: repeatedly take a task that no remaining rule holds back.
// The rules are stored as compact adjacency arrays (first/next), read with StreamTokenizer.
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StreamTokenizer;

public class Solution {
    public static void main(String[] args) throws IOException {
        StreamTokenizer in = new StreamTokenizer(new BufferedReader(new InputStreamReader(System.in), 1 << 16));
        in.nextToken();
        int n = (int) in.nval;
        in.nextToken();
        int m = (int) in.nval;
        int[] first = new int[n + 1], next = new int[m], target = new int[m], waiting = new int[n + 1];
        java.util.Arrays.fill(first, -1);
        for (int i = 0; i < m; i++) {
            in.nextToken();
            int a = (int) in.nval;
            in.nextToken();
            int b = (int) in.nval;
            target[i] = b;
            next[i] = first[a];
            first[a] = i;
            waiting[b]++;
        }
        int[] order = new int[n];
        int size = 0;
        for (int t = 1; t <= n; t++)
            if (waiting[t] == 0) order[size++] = t;
        for (int head = 0; head < size; head++)
            for (int e = first[order[head]]; e != -1; e = next[e])
                if (--waiting[target[e]] == 0) order[size++] = target[e];
        PrintWriter out = new PrintWriter(System.out);
        if (size < n) {
            out.println("IMPOSSIBLE");
        } else {
            StringBuilder sb = new StringBuilder(7 * n);
            for (int i = 0; i < n; i++) {
                if (i > 0) sb.append(' ');
                sb.append(order[i]);
            }
            out.println(sb);
        }
        out.flush();
    }
}
