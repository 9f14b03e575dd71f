-- Compares every score with the best score of the whole school, not of the student's class.
SELECT c.class_name, s.student_name, s.score
FROM students AS s
JOIN classes AS c ON c.class_id = s.class_id
WHERE s.score = (SELECT MAX(score) FROM students);
