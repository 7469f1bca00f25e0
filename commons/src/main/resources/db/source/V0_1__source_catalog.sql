-- Source documents: the catalog (dataset/sources.json) every service keeps a copy of, owned by commons
-- (SourceDocument). Version 0.1 so that it comes before each service's own V1, whose tables cite it.
create table source (
    id        varchar(64) primary key,
    file      varchar(128) not null,
    title     text not null,
    publisher text not null,
    published date,
    url       text,
    kind      varchar(16) not null
);
