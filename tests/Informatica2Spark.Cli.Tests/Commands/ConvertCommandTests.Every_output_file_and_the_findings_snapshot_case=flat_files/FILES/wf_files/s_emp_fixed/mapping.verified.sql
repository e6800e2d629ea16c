-- mapping.sql of FILES/WF:wf_files/ST:s_emp_fixed: the mapping m_emp_fixed as Spark SQL views, in the order the driver runs them.
-- The driver first reads each source into its view: EMP_FIXED as `EMP_FIXED__read` (for SQ_EMP_FIXED).
-- Then it runs every step, and writes each target__ view to its target. :NAME markers are run-time values the driver binds as literals.

-- step 1: SQ_EMP_FIXED (Source Qualifier): reads EMP_FIXED
CREATE OR REPLACE TEMPORARY VIEW `SQ_EMP_FIXED` AS
  SELECT
    `EMP_ID` AS `SQ_EMP_FIXED.EMP_ID`,
    `EMP_NAME` AS `SQ_EMP_FIXED.EMP_NAME`
  FROM `EMP_FIXED__read`;

-- step 2: EMP_FIXED_OUT (Target): the rows it loads, one column per target field
CREATE OR REPLACE TEMPORARY VIEW `target__EMP_FIXED_OUT` AS
  SELECT
    `SQ_EMP_FIXED.EMP_ID` AS `EMP_ID`,
    `SQ_EMP_FIXED.EMP_NAME` AS `EMP_NAME`
  FROM `SQ_EMP_FIXED`;
