//! A statement under construction: text the planner writes and parameters it binds, kept in
//! step so a value can only enter the statement as a `?` placeholder.

use datafast_store::sql::{SqlParam, SqlQuery};

#[derive(Debug, Default)]
pub(crate) struct Sql {
    text: String,
    params: Vec<SqlParam>,
}

impl Sql {
    /// Planner-written SQL only; never user input.
    pub(crate) fn push(&mut self, sql: &str) -> &mut Self {
        self.text.push_str(sql);
        self
    }

    pub(crate) fn bind(&mut self, value: SqlParam) -> &mut Self {
        self.text.push('?');
        self.params.push(value);
        self
    }

    pub(crate) fn finish(self) -> SqlQuery {
        SqlQuery { sql: self.text, params: self.params }
    }
}
