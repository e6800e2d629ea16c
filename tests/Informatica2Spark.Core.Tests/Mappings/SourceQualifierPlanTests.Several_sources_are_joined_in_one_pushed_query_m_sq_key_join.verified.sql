-- SQ_EMP_DEPT (Source Qualifier): translated
--   it joins EMP, DEPT in the source database through one query
-- pushed query of EMP__read:
SELECT EMP.ENAME AS ENAME, DEPT.DNAME AS DNAME
FROM EMP, DEPT
WHERE EMP.DEPTNO = DEPT.DEPTNO
-- test: the mapping m_sq_key_join as Spark SQL views, in the order the driver runs them.
-- The driver first reads each source into its view: EMP as `EMP__read` (for SQ_EMP_DEPT).
-- Then it runs every step, and writes each target__ view to its target. :NAME markers are run-time values the driver binds as literals.

-- step 1: SQ_EMP_DEPT (Source Qualifier): reads EMP, DEPT joined in the source database
CREATE OR REPLACE TEMPORARY VIEW `SQ_EMP_DEPT` AS
  SELECT
    `ENAME` AS `SQ_EMP_DEPT.ENAME`,
    `DNAME` AS `SQ_EMP_DEPT.DNAME`
  FROM `EMP__read`;

-- step 2: T_NAMES (Target): the rows it loads, one column per target field
CREATE OR REPLACE TEMPORARY VIEW `target__T_NAMES` AS
  SELECT
    `SQ_EMP_DEPT.ENAME` AS `ENAME`,
    `SQ_EMP_DEPT.DNAME` AS `DNAME`
  FROM `SQ_EMP_DEPT`;
