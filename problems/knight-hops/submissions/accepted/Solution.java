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
        int R = nextInt(), C = nextInt();
        // A flat board with a two-square blocked border: no bounds checks needed.
        int W = C + 4;
        boolean[] free = new boolean[(R + 4) * W];
        for (int i = 0; i < R; i++) {
            int c = read();
            while (c != '.' && c != '#') c = read();
            int base = (i + 2) * W + 2;
            for (int j = 0; j < C; j++) {
                free[base + j] = c == '.';
                c = read();
            }
        }
        int r1 = nextInt(), c1 = nextInt(), r2 = nextInt(), c2 = nextInt();
        int s = (r1 + 1) * W + c1 + 1, t = (r2 + 1) * W + c2 + 1;
        int[] hops = {-2 * W - 1, -2 * W + 1, -W - 2, -W + 2, W - 2, W + 2, 2 * W - 1, 2 * W + 1};
        int[] dist = new int[free.length];
        java.util.Arrays.fill(dist, -1);
        int[] queue = new int[R * C];
        int head = 0, tail = 0;
        dist[s] = 0;
        queue[tail++] = s;
        while (head < tail && dist[t] < 0) {
            int u = queue[head++];
            for (int h : hops) {
                int v = u + h;
                if (free[v] && dist[v] < 0) {
                    dist[v] = dist[u] + 1;
                    queue[tail++] = v;
                }
            }
        }
        System.out.println(dist[t]);
    }
}
