import java.io.DataInputStream;
import java.io.IOException;

public class Solution {
    private static final DataInputStream in = new DataInputStream(System.in);
    private static final byte[] buf = new byte[1 << 16];
    private static int len = 0, pos = 0;

    private static int read() throws IOException {
        if (pos == len) {
            len = in.read(buf, 0, buf.length);
            pos = 0;
            if (len <= 0) return -1;
        }
        return buf[pos++];
    }

    private static int nextInt() throws IOException {
        int c = read();
        while (c < '0' || c > '9') c = read();
        int v = 0;
        while (c >= '0' && c <= '9') {
            v = v * 10 + (c - '0');
            c = read();
        }
        return v;
    }

    public static void main(String[] args) throws IOException {
        int n = nextInt(), m = nextInt();
        int[] xs = new int[m], ys = new int[m];
        int[] start = new int[n + 2];
        for (int i = 0; i < m; i++) {
            xs[i] = nextInt();
            ys[i] = nextInt();
            start[xs[i] + 1]++;
        }
        for (int i = 1; i <= n + 1; i++) start[i] += start[i - 1];
        int[] fill = start.clone();
        int[] nxt = new int[m];
        for (int i = 0; i < m; i++) nxt[fill[xs[i]]++] = ys[i];

        // Iterative depth-first search with three colours: 0 = unvisited,
        // 1 = on the current path, 2 = finished. A belt into a station on the
        // current path closes a loop.
        byte[] colour = new byte[n + 1];
        int[] stack = new int[n + 1];
        int[] edge = new int[n + 1];  // the next belt to try, per station
        for (int s = 1; s <= n; s++) {
            if (colour[s] != 0) continue;
            int top = 0;
            stack[0] = s;
            edge[s] = start[s];
            colour[s] = 1;
            while (top >= 0) {
                int u = stack[top];
                if (edge[u] < start[u + 1]) {
                    int v = nxt[edge[u]++];
                    if (colour[v] == 1) {
                        System.out.println("YES");
                        return;
                    }
                    if (colour[v] == 0) {
                        colour[v] = 1;
                        edge[v] = start[v];
                        stack[++top] = v;
                    }
                } else {
                    colour[u] = 2;
                    top--;
                }
            }
        }
        System.out.println("NO");
    }
}
