package uk.councilprotocol.training.courses;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface CourseRepository extends CrudRepository<Course, String> {

    List<Course> listOrderByCode();
}
