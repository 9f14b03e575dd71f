-- Correct: joins each student to the classmates who scored more and keeps those left without
-- one. SQLite 3.40 still produces every better classmate before discarding the row, which
-- is quadratic in the size of a class.
SELECT c.class_name, s.student_name, s.score
FROM students AS s
JOIN classes AS c ON c.class_id = s.class_id
LEFT JOIN students AS t ON t.class_id = s.class_id AND t.score > s.score
WHERE t.student_id IS NULL;
