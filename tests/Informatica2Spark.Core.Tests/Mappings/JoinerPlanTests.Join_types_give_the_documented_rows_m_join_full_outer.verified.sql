-- SQ_EMP (Source Qualifier): translated
-- SQ_DEPT (Source Qualifier): translated
-- JNR_EMP_DEPT (Joiner): translated
-- test: the mapping m_join_full_outer as Spark SQL views, in the order the driver runs them.
-- The driver first reads each source into its view: EMP as `EMP__read` (for SQ_EMP), DEPT as `DEPT__read` (for SQ_DEPT).
-- Then it runs every step, and writes each target__ view to its target. :NAME markers are run-time values the driver binds as literals.

-- step 1: SQ_EMP (Source Qualifier): reads EMP
CREATE OR REPLACE TEMPORARY VIEW `SQ_EMP` AS
  SELECT
    `EMPNO` AS `SQ_EMP.EMPNO`,
    `ENAME` AS `SQ_EMP.ENAME`,
    `DEPTNO` AS `SQ_EMP.DEPTNO`
  FROM `EMP__read`;

-- step 2: SQ_DEPT (Source Qualifier): reads DEPT
CREATE OR REPLACE TEMPORARY VIEW `SQ_DEPT` AS
  SELECT
    `DEPTNO` AS `SQ_DEPT.DEPTNO`,
    `DNAME` AS `SQ_DEPT.DNAME`
  FROM `DEPT__read`;

-- step 3: JNR_EMP_DEPT (Joiner): full outer join: every detail and master row, matched where the keys are equal on M_DEPTNO = DEPTNO
CREATE OR REPLACE TEMPORARY VIEW `JNR_EMP_DEPT` AS
  SELECT
    `d`.`SQ_EMP.EMPNO` AS `JNR_EMP_DEPT.EMPNO`,
    `d`.`SQ_EMP.ENAME` AS `JNR_EMP_DEPT.ENAME`,
    `d`.`SQ_EMP.DEPTNO` AS `JNR_EMP_DEPT.DEPTNO`,
    `m`.`SQ_DEPT.DEPTNO` AS `JNR_EMP_DEPT.M_DEPTNO`,
    `m`.`SQ_DEPT.DNAME` AS `JNR_EMP_DEPT.DNAME`
  FROM `SQ_EMP` `d`
    FULL OUTER JOIN `SQ_DEPT` `m` ON `d`.`SQ_EMP.DEPTNO` = `m`.`SQ_DEPT.DEPTNO`;

-- step 4: T_EMP_DEPT (Target): the rows it loads, one column per target field
CREATE OR REPLACE TEMPORARY VIEW `target__T_EMP_DEPT` AS
  SELECT
    `JNR_EMP_DEPT.EMPNO` AS `EMPNO`,
    `JNR_EMP_DEPT.ENAME` AS `ENAME`,
    `JNR_EMP_DEPT.DEPTNO` AS `DEPTNO`,
    `JNR_EMP_DEPT.M_DEPTNO` AS `M_DEPTNO`,
    `JNR_EMP_DEPT.DNAME` AS `DNAME`
  FROM `JNR_EMP_DEPT`;
