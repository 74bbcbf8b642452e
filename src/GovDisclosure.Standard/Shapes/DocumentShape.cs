using System;
using System.Collections.Generic;
using System.Linq;

namespace GovDisclosure.Standard.Shapes
{
    /// <summary>
    /// The shape of one document kind: its model type and its fields; where the kind is read from
    /// tables, its columns are the fields with a <see cref="FieldShape.CellType"/>, those of a part
    /// without one (the disclosure office of a guide) spread over the part's own columns.
    /// </summary>
    public sealed class DocumentShape
    {
        private readonly Lazy<IReadOnlyList<FieldPath>> columns;

        internal DocumentShape(DocumentKind kind, ObjectShape root)
        {
            Kind = kind;
            Root = root;
            columns = new Lazy<IReadOnlyList<FieldPath>>(() => ColumnsOf(root, new FieldShape[0]).ToArray());
        }

        /// <summary>The document kind.</summary>
        public DocumentKind Kind { get; }

        /// <summary>The model type whose canonical JSON the kind is.</summary>
        public Type Type => Root.Type;

        /// <summary>The document's own fields.</summary>
        public ObjectShape Root { get; }

        /// <summary>The table columns, in the order a template writes them; empty for a kind not read from tables (annual reports).</summary>
        public IReadOnlyList<FieldPath> Columns => columns.Value;

        /// <summary>The field at a dotted path, e.g. <c>office.phone</c>, or <c>null</c>; a list's items are reached through the list (<c>materials.name</c>).</summary>
        /// <param name="path">A dotted path of JSON names, or a JSON pointer such as <c>/office/phone</c>.</param>
        public FieldPath? Find(string path)
        {
            string[] names = (path ?? throw new ArgumentNullException(nameof(path))).TrimStart('/').Split('.', '/');
            var steps = new List<FieldShape>();
            ObjectShape? shape = Root;
            foreach (string name in names)
            {
                FieldShape? field = shape?.Field(name);
                if (field is null)
                {
                    return null;
                }

                steps.Add(field);
                shape = DocumentShapes.Of(field.PartType);
            }

            return new FieldPath(steps);
        }

        /// <summary>The field at a path, which must exist.</summary>
        /// <param name="path">A dotted path or a JSON pointer.</param>
        public FieldPath this[string path] =>
            Find(path) ?? throw new ArgumentException($"{Type.Name} has no field '{path}'.", nameof(path));

        /// <summary>The document's own required fields (<see cref="FieldShape.IsRequired"/>), in order; the required fields of a part are those of its <see cref="ObjectShape"/>.</summary>
        public IEnumerable<FieldPath> RequiredFields() => Root.Fields.Where(f => f.IsRequired).Select(f => new FieldPath(new[] { f }));

        /// <summary>The kind's names.</summary>
        public override string ToString() => Kind.ChineseName + " (" + Kind.EnglishName + ")";

        private static IEnumerable<FieldPath> ColumnsOf(ObjectShape shape, FieldShape[] above)
        {
            foreach (FieldShape field in shape.Fields)
            {
                FieldShape[] steps = above.Concat(new[] { field }).ToArray();
                if (field.CellType != null)
                {
                    yield return new FieldPath(steps);
                }
                else if (DocumentShapes.Of(Nullable.GetUnderlyingType(field.ValueType) ?? field.ValueType) is ObjectShape part && part.Fields.Any(f => f.CellType != null))
                {
                    foreach (FieldPath column in ColumnsOf(part, steps))
                    {
                        yield return column;
                    }
                }
            }
        }
    }
}
