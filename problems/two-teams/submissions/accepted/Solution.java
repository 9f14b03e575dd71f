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
            start[ys[i] + 1]++;
        }
        for (int i = 1; i <= n + 1; i++) start[i] += start[i - 1];
        int[] fill = start.clone();
        int[] nbr = new int[2 * m];
        for (int i = 0; i < m; i++) {
            nbr[fill[xs[i]]++] = ys[i];
            nbr[fill[ys[i]]++] = xs[i];
        }
        byte[] team = new byte[n + 1];
        int[] queue = new int[n];
        for (int s = 1; s <= n; s++) {
            if (team[s] != 0) continue;
            team[s] = 1;
            int head = 0, tail = 0;
            queue[tail++] = s;
            while (head < tail) {
                int u = queue[head++];
                for (int p = start[u]; p < start[u + 1]; p++) {
                    int v = nbr[p];
                    if (team[v] == 0) {
                        team[v] = (byte) (3 - team[u]);
                        queue[tail++] = v;
                    } else if (team[v] == team[u]) {
                        System.out.print("IMPOSSIBLE\n");
                        return;
                    }
                }
            }
        }
        StringBuilder out = new StringBuilder(2 * n);
        for (int i = 1; i <= n; i++) {
            out.append((char) ('0' + team[i]));
            out.append(i == n ? '\n' : ' ');
        }
        System.out.print(out);
    }
}
