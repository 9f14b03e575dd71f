// Breadth-first search from S over the open cells, with an array as the queue.
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.util.Arrays;
import java.util.StringTokenizer;

public class Solution {
    public static void main(String[] args) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in), 1 << 16);
        StringTokenizer st = new StringTokenizer(in.readLine());
        int r = Integer.parseInt(st.nextToken()), c = Integer.parseInt(st.nextToken());
        char[][] g = new char[r][];
        int start = -1, end = -1;
        for (int i = 0; i < r; i++) {
            String line = in.readLine().trim();
            g[i] = line.toCharArray();
            for (int j = 0; j < c; j++) {
                if (g[i][j] == 'S') start = i * c + j;
                if (g[i][j] == 'E') end = i * c + j;
            }
        }
        int[] dist = new int[r * c];
        Arrays.fill(dist, -1);
        int[] queue = new int[r * c];
        int head = 0, tail = 0;
        dist[start] = 0;
        queue[tail++] = start;
        int[] dr = {1, -1, 0, 0}, dc = {0, 0, 1, -1};
        while (head < tail) {
            int p = queue[head++];
            if (p == end) break;
            int i = p / c, j = p % c;
            for (int k = 0; k < 4; k++) {
                int ni = i + dr[k], nj = j + dc[k];
                if (ni < 0 || nj < 0 || ni >= r || nj >= c || g[ni][nj] == '#') continue;
                int q = ni * c + nj;
                if (dist[q] != -1) continue;
                dist[q] = dist[p] + 1;
                queue[tail++] = q;
            }
        }
        System.out.println(dist[end]);
    }
}
