import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;

// Reads the data set (one INSERT per row) from stdin and prints the result table as SQLite
// would: a header row, then one tab-separated row per top scorer (nothing when no rows).
public class Solution {
    private static final String PREFIX = "INSERT INTO ";

    // The values of one "INSERT INTO t VALUES (...);" line: strings unquoted, NULL as "NULL".
    static List<String> values(String line, int from) {
        List<String> out = new ArrayList<>();
        int i = line.indexOf('(', from) + 1, end = line.lastIndexOf(')');
        while (i < end) {
            while (i < end && (line.charAt(i) == ' ' || line.charAt(i) == ',')) i++;
            if (i >= end) break;
            StringBuilder v = new StringBuilder();
            if (line.charAt(i) == '\'') {
                for (i++; i < end; i++) {
                    char c = line.charAt(i);
                    if (c == '\'') {
                        if (i + 1 < end && line.charAt(i + 1) == '\'') { v.append('\''); i++; }
                        else { i++; break; }
                    } else v.append(c);
                }
            } else {
                while (i < end && line.charAt(i) != ',' && line.charAt(i) != ' ') v.append(line.charAt(i++));
            }
            out.add(v.toString());
        }
        return out;
    }

    public static void main(String[] args) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in), 1 << 16);
        HashMap<Long, String> className = new HashMap<>();
        List<String> names = new ArrayList<>();
        List<long[]> data = new ArrayList<>(); // {class_id, score}
        String line;
        while ((line = in.readLine()) != null) {
            if (!line.startsWith(PREFIX)) continue;
            int sp = line.indexOf(' ', PREFIX.length());
            String table = line.substring(PREFIX.length(), sp);
            List<String> v = values(line, sp);
            if (table.equals("classes")) {
                className.put(Long.parseLong(v.get(0)), v.get(1));
            } else if (table.equals("students")) {
                names.add(v.get(1));
                data.add(new long[] {Long.parseLong(v.get(2)), Long.parseLong(v.get(3))});
            }
        }
        HashMap<Long, Long> best = new HashMap<>();
        for (long[] d : data) best.merge(d[0], d[1], Math::max);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < data.size(); i++) {
            long[] d = data.get(i);
            if (d[1] != best.get(d[0])) continue;
            out.append(className.get(d[0])).append('\t').append(names.get(i)).append('\t').append(d[1]).append('\n');
        }
        if (out.length() > 0) System.out.print("class_name\tstudent_name\tscore\n" + out);
    }
}
