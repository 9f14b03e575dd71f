-- Groups by class and takes MAX(score) with the name as a bare column: SQLite fills the
-- bare column from one row holding the maximum, so only one of several tied students appears.
SELECT c.class_name, s.student_name, MAX(s.score) AS score
FROM students AS s
JOIN classes AS c ON c.class_id = s.class_id
GROUP BY s.class_id;
