// A NestJS service in TypeScript.
import { Injectable, Logger } from '@nestjs/common';

interface Customer {
  id: string;
  clientSecret: string;
}

@Injectable()
export class OrdersService {
  private readonly logger = new Logger(OrdersService.name);

  place(customer: Customer, total: number): void {
    // Fine: the id and the total.
    this.logger.log(`order placed for ${customer.id}: ${total}`);
    // Leak: the client secret.
    this.logger.debug(`customer secret ${customer.clientSecret}`);
  }
}
