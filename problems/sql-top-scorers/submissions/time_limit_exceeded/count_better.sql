-- Correct: a student is on top when no classmate scored more. But it COUNTS the better
-- classmates (instead of asking whether one exists), walking them all for every student:
-- quadratic in the size of a class.
SELECT c.class_name, s.student_name, s.score
FROM students AS s
JOIN classes AS c ON c.class_id = s.class_id
WHERE (SELECT COUNT(*) FROM students AS t
       WHERE t.class_id = s.class_id AND t.score > s.score) = 0;
