import { Entity } from 'typeorm';
import { CreatedAtColumn, IdColumn, RefColumn, VarcharColumn } from '../../db/columns.js';
import type { ConsentCategory } from './consent-category.js';

/**
 * One permission a consent gives: the citizen's information of one kind may be shared with one organisation.
 * Kept as rows (not JSON) so that list queries can check them in SQL on both engines. The consent's
 * `revoked_at` ends all of its shares at once.
 */
@Entity('consent_share')
export class ConsentShare {
  @IdColumn()
  rowId!: string;

  @RefColumn('consent_id')
  consentId!: string;

  @RefColumn('citizen_id')
  citizenId!: string;

  @RefColumn('organization_id')
  organizationId!: string;

  @VarcharColumn('category', 20)
  category!: ConsentCategory;

  @CreatedAtColumn()
  createdAt!: string;
}
